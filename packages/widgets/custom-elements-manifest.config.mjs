// custom-elements.json (`npm run build`): the shared configuration of the element packages.
import { elementsManifestConfig } from '../../scripts/cem-config.mjs';

// shared/example-env.ts is for stories and tests, not API.
export default elementsManifestConfig({ exclude: ['src/shared/example-env.ts'] });
