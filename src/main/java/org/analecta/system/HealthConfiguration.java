package org.analecta.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the health settings, which the database and the search index checks share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HealthSettings.class)
class HealthConfiguration {

}
