package org.analecta.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The admin account and login throttle settings, bound in every kind of process: the
 * login page and the throttle need them even where no HTTP security chain is built.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AdminAccountSettings.class, LoginThrottleSettings.class })
class SecuritySettingsConfiguration {

}
