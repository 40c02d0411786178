package org.analecta.speakers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, brings the stored alias keys in line with the shipped alias list, which
 * may have changed since they were computed; before the first-start loading, so that it
 * matches against current keys.
 */
@Component
@Order(0)
class SpeakerAliasRefresh implements ApplicationRunner {

	private final SpeakerDirectory directory;

	SpeakerAliasRefresh(SpeakerDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		directory.refoldAliases();
	}

}
