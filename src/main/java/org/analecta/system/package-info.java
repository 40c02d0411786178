/**
 * What every page relies on: security (the admin account, the login form and its
 * throttle, headers, CSRF), error pages, the creation of a missing database before the
 * data source starts, and the model attributes every page shows.
 */
package org.analecta.system;
