// The elements <mc-feedback>'s send form renders from the start, registered (side effects only);
// the form's fields are native; tabs.view.ts adds the follow and answers views' own (text fields,
// badge, pagination), loadProcedures <mc-select>.
import '@motcua/ui/button/define';
import '@motcua/ui/alert/define';
import '@motcua/ui/skeleton/define';
