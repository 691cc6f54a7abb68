// Starts GraphiQL on the Shop API page. Runs in the browser as a classic script, after React,
// ReactDOM and GraphiQL's UMD bundle; window.__SHOP__ is set by the page's inline script
// (see ../page.ts).
(function () {
  'use strict';

  var root = document.getElementById('graphiql');

  function fail(message) {
    root.className = 'shop-graphiql-error';
    root.textContent = message;
  }

  var config = window.__SHOP__;
  var React = window.React;
  var ReactDOM = window.ReactDOM;
  var GraphiQL = window.GraphiQL;
  var select = document.getElementById('shop-call-as');
  if (!config || !select || !React || !ReactDOM || typeof ReactDOM.createRoot !== 'function' || !GraphiQL) {
    fail('GraphiQL could not start: a script did not load (see the browser console).');
    return;
  }

  var STORAGE_KEY = 'shop-graphiql:call-as';

  function hasChoice(id) {
    return Array.prototype.some.call(select.options, function (option) {
      return option.value === id;
    });
  }

  /** The saved choice when it still exists (users can change with --reset), else the default. */
  function initialChoice() {
    var saved = null;
    try {
      saved = window.localStorage.getItem(STORAGE_KEY);
    } catch (error) {
      // Storage can be disabled; the default choice still works.
    }
    return saved !== null && hasChoice(saved) ? saved : config.defaultCallAs;
  }

  select.value = initialChoice();
  select.addEventListener('change', function () {
    try {
      window.localStorage.setItem(STORAGE_KEY, select.value);
    } catch (error) {
      // Not persisted, but the choice applies to this visit.
    }
  });

  function selectedLabel() {
    var option = select.options[select.selectedIndex];
    return option ? option.textContent : select.value;
  }

  /**
   * Asks this server for the chosen identity's headers for exactly `bodyText` (an IAM signature
   * covers the body). Resolves to { headers } or { error: GraphQL-style error }.
   */
  async function credentialsFor(choice, bodyText) {
    var requestHeaders = { 'content-type': 'application/json' };
    requestHeaders[config.credentialsHeader] = '1';
    var response;
    try {
      response = await fetch(config.credentialsPath, {
        method: 'POST',
        headers: requestHeaders,
        body: JSON.stringify({ as: choice, body: bodyText }),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      return {
        error: { message: 'Call as ' + selectedLabel() + ': the local server is not answering (' + error + ')' },
      };
    }
    var answer = null;
    try {
      answer = await response.json();
    } catch (error) {
      answer = null;
    }
    if (response.ok && answer && answer.headers) return { headers: answer.headers };
    var message = answer && answer.message ? answer.message : 'HTTP ' + response.status;
    return {
      error: { message: 'Call as ' + selectedLabel() + ': ' + message, errorType: answer && answer.errorType },
    };
  }

  /**
   * POSTs `{ query, variables, operationName }` as JSON to the API with the "Call as" identity's
   * headers, and the Headers tab's headers on top (so they add to or override them). AppSync
   * answers errors as JSON too (401 UnauthorizedException, …), so any JSON body is the result.
   */
  async function fetcher(params, opts) {
    var body = { query: params.query };
    if (params.variables !== undefined && params.variables !== null) body.variables = params.variables;
    if (params.operationName !== undefined && params.operationName !== null) body.operationName = params.operationName;
    // One string, both signed and sent: the IAM signature is over these very bytes.
    var bodyText = JSON.stringify(body);

    var credentials = await credentialsFor(select.value, bodyText);
    if (credentials.error) return { errors: [credentials.error] };
    var headers = new Headers(credentials.headers);
    var fromEditor = opts && opts.headers;
    if (fromEditor && typeof fromEditor === 'object') {
      Object.keys(fromEditor).forEach(function (name) {
        var value = fromEditor[name];
        if (value !== undefined && value !== null) headers.set(name, String(value));
      });
    }
    headers.set('content-type', config.graphqlContentType);
    if (!headers.has('accept')) headers.set('accept', 'application/json');

    var response = await fetch(config.graphqlPath, {
      method: 'POST',
      headers: headers,
      body: bodyText,
      credentials: 'omit',
    });
    var text = await response.text();
    try {
      return JSON.parse(text);
    } catch (error) {
      return {
        errors: [{ message: 'HTTP ' + response.status + ' ' + response.statusText + ': ' + text.slice(0, 2000) }],
      };
    }
  }

  root.className = '';
  root.textContent = '';
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      defaultHeaders: config.defaultHeaders,
      // Show the Headers tab: what it holds is sent on top of the "Call as" credentials.
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      // Headers are not saved in localStorage: a pasted token should not outlive the visit.
      shouldPersistHeaders: false,
    }),
  );
})();
