/**
 * The admin's side: the upload, preview and save of report files, corrections of
 * metadata, speakers and aliases, re-parsing and re-indexing, and the log of who changed
 * what. Everything here needs the admin login (system.WebSecurity).
 */
package org.analecta.admin;
