// The elements <mc-satisfaction-survey> renders from the start, registered (side effects only):
// imported by define.ts and by the lazily loaded parts (identity.view.ts, outcome.view.ts). Those
// import them too (already registered by then: nothing runs again) so that the bundler gives them
// the same shared chunks as the widget and they hold only what is their own.
import '@motcua/ui/rating-scale/define';
import '@motcua/ui/button/define';
import '@motcua/ui/alert/define';
import '@motcua/ui/skeleton/define';
