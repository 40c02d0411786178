package org.analecta.ingest;

import org.analecta.parser.ReportParser;
import org.analecta.parser.SpeakerNames;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parser as beans: one thread-safe instance serves every upload. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	SpeakerNames speakerNames() {
		return new SpeakerNames();
	}

	@Bean
	ReportParser reportParser(SpeakerNames speakerNames) {
		return new ReportParser(speakerNames);
	}

}
