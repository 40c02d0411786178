/**
 * The home page: the archive's counts, the latest reports and the entry points to search
 * and browsing.
 */
package org.analecta.home;
