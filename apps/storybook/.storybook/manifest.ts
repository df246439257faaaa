// Several packages (ui, widgets) each produce a custom-elements.json; Storybook takes one.
export interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: unknown[];
}

export function mergeManifests(manifests: Manifest[]): Manifest {
  return {
    schemaVersion: manifests[0]?.schemaVersion ?? '1.0.0',
    readme: '',
    modules: manifests.flatMap((m) => m.modules ?? []),
  };
}
