import '@motcua/ui/button/define';
import '@motcua/ui/alert/define';
import '@motcua/ui/skeleton/define';
// <mc-empty-state> is imported by the widget when a unit has no figures (most have some).
import { McServiceIndex } from './service-index.js';

McServiceIndex.define();
