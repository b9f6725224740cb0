/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // Årshjul: Danish Tasklist (locales/da.json). The webapps pick the first
  // language of the browser (navigator.languages[0], e.g. 'en' for en-US) when
  // it is listed in availableLocales and use fallbackLocale otherwise; 'da' is
  // therefore the only available locale, so every browser gets Danish.
  locales: {
    availableLocales: ['da'],
    fallbackLocale: 'da'
  },

  // moment.js formats; month and day names come from dateLocales in da.json
  // ('normal' e.g. "23. november 2026 14:00").
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D. MMM YYYY HH:mm',
    normal: 'D. MMMM YYYY HH:mm',
    long: 'dddd [d.] D. MMMM YYYY [kl.] HH:mm',
    short: 'D. MMMM YYYY'
  },

  // Paths are relative to the 'tasklist' folder; '.js' is appended.
  customScripts: [
    // Danish texts in Camunda Forms (validation messages, dropdowns, dynamic
    // lists) and the Complete button staying disabled after editing a field
    // inside a form-js dynamic list (see the script for details)
    'scripts/form-js-fixes',
    // Danish month/day names in the date pickers and screen-reader texts of
    // angular-ui-bootstrap (see the script)
    'scripts/danish-angular-texts'
  ],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tager den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filter på listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første opgave på listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første felt i opgavens formular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åbner dialogen Start proces'
    }
  }
};
