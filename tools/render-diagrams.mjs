// Draws every diagram in processes/ as an SVG picture in docs/diagrams/, with bpmn-js in headless Chromium
// (Debian's /usr/bin/chromium; nothing is downloaded). The README shows these pictures.
//   node render-diagrams.mjs           write docs/diagrams/*.svg
//   node render-diagrams.mjs --check   fail if a picture is missing or differs from its diagram (CI)
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const processes = path.join(root, 'processes');
const pictures = path.join(root, 'docs', 'diagrams');
const viewer = path.join(root, 'tools', 'node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js');
// Labels are wrapped by measuring their text, so the pictures would depend on the fonts a machine happens to
// have. Arimo (metrically the same as Arial, which viewers fall back to) is loaded from npm for every run.
const font = path.join(root, 'tools', 'node_modules', '@fontsource', 'arimo', 'files', 'arimo-latin-400-normal.woff2');
const fontFamily = 'Arimo, Arial, sans-serif';
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const check = process.argv.includes('--check');

const diagrams = (await readdir(processes)).filter((name) => name.endsWith('.bpmn')).sort();

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-quic', '--no-first-run']
});

/** bpmn-js names arrow-head markers at random; numbering them in order makes the same diagram the same picture. */
function stableMarkers(svg) {
  const names = new Map();
  return svg.replace(/marker-[a-z0-9]+/g, (name) => {
    if (!names.has(name)) {
      names.set(name, `marker-${names.size + 1}`);
    }
    return names.get(name);
  });
}

const problems = [];
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="canvas" style="width:1800px;height:1000px"></div></body></html>');
  await page.addStyleTag({ content: `@font-face { font-family: Arimo; font-weight: 400; font-style: normal;
    src: url(data:font/woff2;base64,${(await readFile(font)).toString('base64')}) format('woff2'); }` });
  if (!(await page.evaluate(async () => (await document.fonts.load('12px Arimo')).length > 0))) {
    throw new Error(`The font ${font} did not load`);
  }
  await page.addScriptTag({ path: viewer });
  await mkdir(pictures, { recursive: true });

  for (const name of diagrams) {
    const xml = await readFile(path.join(processes, name), 'utf8');
    const svg = await page.evaluate(async (diagram, family) => {
      const bpmn = new window.BpmnJS({
        container: '#canvas',
        textRenderer: { defaultStyle: { fontFamily: family }, externalStyle: { fontFamily: family } }
      });
      try {
        const { warnings } = await bpmn.importXML(diagram);
        if (warnings.length) {
          throw new Error(warnings.map((warning) => warning.message).join('; '));
        }
        return (await bpmn.saveSVG()).svg;
      } finally {
        bpmn.destroy();
      }
    }, xml, fontFamily);
    const picture = stableMarkers(svg) + '\n';
    const target = path.join(pictures, name.replace(/\.bpmn$/, '.svg'));
    if (check) {
      if (!existsSync(target) || (await readFile(target, 'utf8')) !== picture) {
        problems.push(`${path.relative(root, target)} is missing or out of date`);
      }
    } else {
      await writeFile(target, picture);
      console.log(`drew ${path.relative(root, target)}`);
    }
  }
} finally {
  await browser.close();
}

if (problems.length) {
  console.error(problems.join('\n') + '\nRun: npm --prefix tools run diagrams, and commit docs/diagrams.');
  process.exit(1);
}
