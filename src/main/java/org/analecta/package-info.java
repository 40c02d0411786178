/**
 * Analecta, a searchable web archive of political-analysis reports. Each direct
 * sub-package is one feature (a Spring Modulith module): its public types are what other
 * features may use, everything else is package-private, and no two features depend on
 * each other in a cycle (ModuleStructureTests). The application class also dispatches the
 * command-line tools (parse, bench-parse) before Spring starts.
 */
package org.analecta;
