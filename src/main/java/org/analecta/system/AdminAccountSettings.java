package org.analecta.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one admin account, from the environment ({@code ANALECTA_ADMIN_USER},
 * {@code ANALECTA_ADMIN_PASSWORD}). There is deliberately no default password: without
 * one the admin login is off.
 *
 * @param user the login name
 * @param password a plain password or a {@code {bcrypt}} hash; blank disables the admin
 * login
 */
@ConfigurationProperties("analecta.admin")
record AdminAccountSettings(String user, String password) {

	AdminAccountSettings {
		user = (user == null || user.isBlank()) ? "admin" : user.strip();
	}

	boolean enabled() {
		return password != null && !password.isBlank();
	}

}
