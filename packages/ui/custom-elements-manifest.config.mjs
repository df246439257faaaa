// custom-elements.json (`npm run build`): the shared configuration of the element packages.
import { elementsManifestConfig } from '../../scripts/cem-config.mjs';

export default elementsManifestConfig();
