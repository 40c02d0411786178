package org.analecta.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param confidenceThreshold an attribution the parser is less sure of than this is "of
 * low confidence": the preview warns of it and the review queue lists it
 */
@ConfigurationProperties("analecta.review")
record ReviewSettings(double confidenceThreshold) {

	ReviewSettings {
		if (confidenceThreshold <= 0 || confidenceThreshold > 1) {
			confidenceThreshold = 0.7;
		}
	}

}
