// Welcome settings of the case review engine (this file replaces the webjar's own, empty config.js).
import {brand} from '../../case-review/branding.js';

export default {
  // the partnership's name in the header and title (see ../../case-review/branding.js)
  app: await brand('welcome', 'Welcome'),
  // Camunda's first-visit box points at a welcome page this application does not have
  disableWelcomeMessage: true,
  // Camunda's link to its own documentation is for the people who run the platform, not for those at work
  links: []
};
