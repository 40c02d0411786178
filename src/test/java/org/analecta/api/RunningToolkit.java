package org.analecta.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The running application the toolkit's tests share (one context for all of them): a real server
 * on a random port, with an export cap and batch small enough that the fixture corpus crosses
 * both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "analecta.export.max-rows=" + RunningToolkit.MAX_ROWS, "analecta.export.batch-size=3" })
@interface RunningToolkit {

	int MAX_ROWS = 50;

}
