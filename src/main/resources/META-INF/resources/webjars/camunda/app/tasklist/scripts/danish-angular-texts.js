/*
 * Årshjul: the last English texts of Tasklist that locales/da.json cannot reach.
 *
 * Texts come from locales/da.json and dates shown as text are formatted by
 * moment.js with the Danish dateLocales of that file. Two things bypass both:
 *
 * - The pickers for the due and follow-up dates (angular-ui-bootstrap's
 *   uib-datepicker) use AngularJS' $locale, which the webapps ship in English
 *   only (ngLocale en-us): month titles like "November 2026", day headers like
 *   "Sun Mon". This script gives $locale the Danish names (as AngularJS' da-dk
 *   locale has them). Number formats are left unchanged.
 * - angular-ui-bootstrap's templates hard-code a few screen-reader texts
 *   ("Close" on notifications, "previous"/"next" in the date picker).
 *
 * Both are changed in a run block of AngularJS' ngLocale module, i.e. before
 * Tasklist renders anything.
 */

const DANISH_DATETIME_FORMATS = {
  MONTH: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august',
    'september', 'oktober', 'november', 'december'],
  STANDALONEMONTH: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli',
    'august', 'september', 'oktober', 'november', 'december'],
  SHORTMONTH: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.',
    'okt.', 'nov.', 'dec.'],
  DAY: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  SHORTDAY: ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'],
  ERANAMES: ['før Kristus', 'efter Kristus'],
  ERAS: ['f.Kr.', 'e.Kr.'],
  FIRSTDAYOFWEEK: 0, // Monday (AngularJS counts from Monday = 0)
  WEEKENDRANGE: [5, 6],
  fullDate: "EEEE 'den' d. MMMM y",
  longDate: 'd. MMMM y',
  medium: 'd. MMM y HH:mm:ss',
  mediumDate: 'd. MMM y',
  mediumTime: 'HH:mm:ss',
  short: 'dd.MM.y HH:mm',
  shortDate: 'dd.MM.y',
  shortTime: 'HH:mm'
};

// angular-ui-bootstrap template -> [English, Danish] screen-reader texts
const TEMPLATE_TEXTS = {
  'uib/template/alert/alert.html': [['>Close<', '>Luk<']],
  'uib/template/datepicker/day.html': [['>previous<', '>forrige<'], ['>next<', '>næste<']],
  'uib/template/datepicker/month.html': [['>previous<', '>forrige<'], ['>next<', '>næste<']],
  'uib/template/datepicker/year.html': [['>previous<', '>forrige<'], ['>next<', '>næste<']]
};

function danishTemplate(name, template) {
  if (typeof template !== 'string' || !TEMPLATE_TEXTS[name]) {
    return template;
  }
  return TEMPLATE_TEXTS[name].reduce(
    (result, [english, danish]) => result.split(english).join(danish), template);
}

function applyDanish($locale, $templateCache) {
  Object.assign($locale.DATETIME_FORMATS, DANISH_DATETIME_FORMATS);
  // uibDateParser caches its parsers per $locale.id
  $locale.id = 'da-dk';

  // ngLocale's run block runs before those of the ui.bootstrap template
  // modules, which put their templates into the cache: translate on put.
  const put = $templateCache.put;
  $templateCache.put = function (name, template) {
    return put.call(this, name, danishTemplate(name, template));
  };
  Object.keys(TEMPLATE_TEXTS).forEach((name) => {
    const template = $templateCache.get(name);
    if (template !== undefined) {
      put.call($templateCache, name, danishTemplate(name, template));
    }
  });
}

const angular = window.angular;
if (angular) {
  try {
    // 'ng' depends on 'ngLocale', so this runs in every AngularJS app
    // bootstrapped after this script (Tasklist awaits its custom scripts).
    angular.module('ngLocale').run(['$locale', '$templateCache', applyDanish]);
  } catch (e) {
    console.warn('[aarshjul] Danish AngularJS texts not applied', e);
  }
}

// Tasklist treats the default export of a custom script as plugin list;
// this script registers no plugins.
export default [];
