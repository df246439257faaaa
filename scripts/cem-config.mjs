// The custom-elements-manifest analyzer's configuration for the element packages (packages/ui and
// packages/widgets import it from their custom-elements-manifest.config.mjs): custom-elements.json
// for Storybook's docs pages and editors' autocompletion, written by each package's `npm run build`.
// Build tooling, like scripts/node-test.mjs: not package source, so no package reaches into
// another's sources for it.

/**
 * Tags are registered by `McX.define()` in define.ts (reading `static tagName`), which the analyzer
 * cannot follow, so this plugin turns `static tagName = 'mc-x'` into the element's tag name.
 */
function tagNameFromStatic() {
  return {
    name: 'motcua-static-tag-name',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const field = decl.members?.find((m) => m.static && m.name === 'tagName');
          const tag = /^['"`](mc-[a-z0-9-]+)['"`]$/.exec(field?.default ?? '')?.[1];
          if (!tag) continue;
          decl.tagName = tag;
          decl.customElement = true;
          mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: decl.name, module: mod.path } }];
        }
      }
      // Modules come in the order the file system lists them, which differs between checkouts:
      // sorted, a fresh clone's build writes the committed file unchanged.
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** The configuration for a package's src/; `exclude` adds its own non-API files to the common ones. */
export function elementsManifestConfig({ exclude = [] } = {}) {
  return {
    globs: ['src/**/*.ts'],
    // Examples, tests, stories and registration side effects are not API.
    exclude: ['src/**/*.examples.ts', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/define.ts', 'src/define.ts', ...exclude],
    outdir: '.',
    litelement: true,
    plugins: [tagNameFromStatic()],
  };
}
