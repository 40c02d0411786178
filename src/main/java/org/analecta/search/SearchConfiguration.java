package org.analecta.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Search settings. Public so that slice tests, which scan no components, can import it
 * together with the analysis configurer that the Hibernate Search mapping needs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SearchSettings.class, OutboxUpkeepSettings.class, IndexingRetrySettings.class })
public class SearchConfiguration {

}
