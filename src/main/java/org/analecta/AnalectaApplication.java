package org.analecta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnalectaApplication {

	public static void main(String[] args) {
		SpringApplication.run(AnalectaApplication.class, args);
	}

}
