// The build's last step for the extension's JavaScript (run by Maven, in process-classes): the popup's script, and the
// plan it loads when it plans itself, are each made one file, in place in the assembled extension. The browser fetches
// an extension's modules one by one, and the popup's dozen of them cost more than its plan; `core.js` stays apart,
// loaded only where it is used. Every other page and the worker load their modules as they are.
const { build } = await import('esbuild').catch(() => {
  throw new Error('esbuild is missing: run npm ci in extension/ (./build.sh package and ./build.sh test do)');
});

const [dir] = process.argv.slice(2);
if (!dir) {
  throw new Error('usage: node bundle.mjs <assembled extension directory>');
}
for (const entry of ['popup.js', 'month-plan.js']) {
  await build({
    entryPoints: [`${dir}/${entry}`],
    outfile: `${dir}/${entry}`,
    allowOverwrite: true,
    bundle: true,
    format: 'esm',
    external: ['./core.js', './month-plan.js'],
    // Names and code as written: pageFetch is handed to chrome.scripting as a function, and must stay self-contained
    // (keepNames would wrap it in a helper of the bundle's).
    minify: false,
    keepNames: false,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
