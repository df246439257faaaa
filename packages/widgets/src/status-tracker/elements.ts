// The elements <mc-status-tracker> renders from the start, registered (side effects only):
// imported by define.ts and by the lazily loaded result (result.view.ts). The result imports them too
// (already registered by then: nothing runs again) so that the bundler gives it the same shared
// chunks as the widget and it holds only what is its own.
import '@motcua/ui/text-field/define';
import '@motcua/ui/checkbox/define';
import '@motcua/ui/button/define';
import '@motcua/ui/alert/define';
import '@motcua/ui/skeleton/define';
