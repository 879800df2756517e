import { rememberScriptOrigin } from './api';
import { MitmachRegionsMap } from './regions-map';
import { MitmachUpcomingConferences } from './upcoming-conferences';

// Read while the script runs: afterwards document.currentScript is null.
rememberScriptOrigin(document.currentScript);

// A page that includes the script twice (or two versions) keeps the first definition instead of failing.
if (!customElements.get('mitmach-regions-map')) customElements.define('mitmach-regions-map', MitmachRegionsMap);
if (!customElements.get('mitmach-upcoming-conferences')) {
  customElements.define('mitmach-upcoming-conferences', MitmachUpcomingConferences);
}
