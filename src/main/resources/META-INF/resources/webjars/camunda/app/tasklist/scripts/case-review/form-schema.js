// The Camunda Form (form-js schema) that a Tasklist form shows, read once more from the URL Tasklist read it
// from: our scripts need what the page does not show, such as which component holds a key, and the
// messages an administrator put in a field's custom properties in Modeler.
const schemas = new Map();

export function schemaOf(scope) {
  const key = scope.asynchronousFormKey && scope.asynchronousFormKey.key;
  if (!key) {
    return Promise.resolve(null);
  }
  if (!schemas.has(key)) {
    schemas.set(key, fetch(key, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(answer => (answer.ok ? answer.json() : null))
      .catch(() => null));
  }
  return schemas.get(key);
}

/** Every component of the schema, with the dynamic list that holds it (if any). */
export function components(schema) {
  const all = [];
  const walk = (list, parent) => (list || []).forEach(component => {
    all.push({component, list: parent});
    walk(component.components, component.type === 'dynamiclist' ? component : parent);
  });
  walk(schema && schema.components, null);
  return all;
}

/**
 * The element of a field on the page by its path in the submission: {@code awarenessDate}, or
 * {@code recommendations[1].dueOn} for the second entry of a list. form-js gives inputs the id
 * "…-<component id>" ("…-<component id>_<entry index>" in a list; date inputs add "-date").
 */
export function fieldElement(root, schema, path) {
  const match = /^([^[]+)\[(\d+)\]\.(.+)$/.exec(path || '');
  const key = match ? match[3] : path;
  const found = components(schema).find(({component, list}) =>
    component.key === key && (match ? list && (list.path || list.key) === match[1] : !list));
  if (!found) {
    return null;
  }
  const id = found.component.id + (match ? '_' + match[2] : '');
  const input = root.querySelector(`[id$="-${CSS.escape(id)}"], [id$="-${CSS.escape(id)}-date"]`);
  return input ? input.closest('.fjs-form-field') : null;
}
