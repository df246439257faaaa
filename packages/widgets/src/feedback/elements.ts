// The elements <mc-feedback> renders, registered (side effects only).
import '@motcua/ui/text-field/define';
import '@motcua/ui/radio-group/define';
import '@motcua/ui/select/define';
import '@motcua/ui/checkbox/define';
import '@motcua/ui/button/define';
import '@motcua/ui/alert/define';
import '@motcua/ui/badge/define';
import '@motcua/ui/skeleton/define';
import '@motcua/ui/pagination/define';
