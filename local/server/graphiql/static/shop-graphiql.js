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
  if (!config || !React || !ReactDOM || typeof ReactDOM.createRoot !== 'function' || !GraphiQL) {
    fail('GraphiQL could not start: a script did not load (see the browser console).');
    return;
  }

  /**
   * POSTs `{ query, variables, operationName }` as JSON to the API, with the headers from
   * GraphiQL's header editor (`x-api-key`, or `Authorization` with a Cognito token). AppSync
   * answers errors as JSON too (401 UnauthorizedException, …), so any JSON body is the result.
   */
  async function fetcher(params, opts) {
    var headers = new Headers();
    var fromEditor = opts && opts.headers;
    if (fromEditor && typeof fromEditor === 'object') {
      Object.keys(fromEditor).forEach(function (name) {
        var value = fromEditor[name];
        if (value !== undefined && value !== null) headers.set(name, String(value));
      });
    }
    headers.set('content-type', 'application/json');
    if (!headers.has('accept')) headers.set('accept', 'application/json');

    var body = { query: params.query };
    if (params.variables !== undefined && params.variables !== null) body.variables = params.variables;
    if (params.operationName !== undefined && params.operationName !== null) body.operationName = params.operationName;

    var response = await fetch(config.graphqlPath, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(body),
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
      // Show the Headers tab, so the API key (and where to put a token instead) is visible.
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      // Headers are not saved in localStorage: each visit starts from the current API key.
      shouldPersistHeaders: false,
    }),
  );
})();
