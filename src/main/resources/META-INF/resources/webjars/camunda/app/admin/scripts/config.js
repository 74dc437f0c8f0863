// Admin settings of the case review engine (this file replaces the webjar's own, empty config.js).
import {brand} from '../../case-review/branding.js';

export default {
  // the partnership's name in the header and title (see ../../case-review/branding.js)
  app: await brand('admin', 'Admin'),
  // Camunda's first-visit box points at a welcome page this application does not have
  disableWelcomeMessage: true
};
