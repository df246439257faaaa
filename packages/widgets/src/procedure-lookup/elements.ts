// The elements <mc-procedure-lookup> renders from the start, registered (side effects only):
// imported by define.ts and by the lazily loaded detail (detail.view.ts). The detail imports them
// too (already registered by then: nothing runs again) so that the bundler gives it the same shared
// chunks as the widget and it holds only what is its own. (<mc-empty-state> is imported when a
// search finds nothing, <mc-pagination> when it finds more than one page: see procedure-lookup.ts.)
import '@motcua/ui/alert/define';
import '@motcua/ui/badge/define';
import '@motcua/ui/button/define';
import '@motcua/ui/select/define';
import '@motcua/ui/skeleton/define';
import '@motcua/ui/text-field/define';
