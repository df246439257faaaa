import '@motcua/ui/button/define';
import '@motcua/ui/alert/define';
import '@motcua/ui/skeleton/define';
import '@motcua/ui/empty-state/define';
import { McServiceIndex } from './service-index.js';

McServiceIndex.define();
