package org.analecta.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The site's error page, with the site's security headers, for the requests Tomcat
 * refuses before any application code runs: a request line or headers over the size limit
 * (a URL over about 8 KB), an encoded slash or backslash ({@code %2F}) or a broken escape
 * in the path. Tomcat answers those from its host's error report valve; this one renders
 * {@code templates/error.html} instead of Tomcat's own page.
 *
 * <p>
 * No request reached the application, so the page is rendered by a template engine of its
 * own with plain (non-web) context: links are resolved against the configured context
 * path, and the page is cached per status.
 */
@Component
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final Logger log = LoggerFactory.getLogger(TomcatErrorPages.class);

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final Map<Integer, String> pages = new ConcurrentHashMap<>();

	TomcatErrorPages(MessageSource messages, @Value("${server.servlet.context-path:}") String contextPath) {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		engine.setLinkBuilder(new StandardLinkBuilder() {
			@Override
			protected String computeContextPath(IExpressionContext context, String base,
					Map<String, Object> parameters) {
				return contextPath;
			}
		});
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		// Replaces Boot's plain valve (which only hides the report and server version):
		// one valve
		// answers the errors that no application code saw.
		factory.addContextCustomizers(context -> {
			Pipeline hostPipeline = context.getParent().getPipeline();
			for (Valve valve : hostPipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					hostPipeline.removeValve(valve);
				}
			}
			hostPipeline.addValve(new SiteErrorReportValve(this));
			// The host adds a valve of its configured class at start unless one is there
			// already.
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * The rendered error page for a status; a plain fallback if the template cannot be
	 * rendered.
	 */
	String page(int status) {
		return pages.computeIfAbsent(status, s -> {
			try {
				Context context = new Context(Locale.ROOT);
				context.setVariable("status", s);
				return engine.process("error", context);
			}
			catch (RuntimeException e) {
				log.error("Cannot render the error page for status {}", s, e);
				return "<!DOCTYPE html><html lang=\"en\"><title>Error " + s + "</title><h1>Error " + s
						+ "</h1><p><a href=\"/\">Start page</a></p></html>";
			}
		});
	}

	/**
	 * Tomcat's error report valve with the site's page and headers instead of Tomcat's
	 * report.
	 */
	static final class SiteErrorReportValve extends ErrorReportValve {

		private final TomcatErrorPages pages;

		SiteErrorReportValve(TomcatErrorPages pages) {
			this.pages = pages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			// As Tomcat's own valve: only errors, only when nothing was written and the
			// connection can still take a body.
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				WebSecurity.STATIC_HEADERS.forEach(response::setHeader);
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(pages.page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// The client is gone or the response was committed meanwhile: nothing
				// left to say.
			}
		}

	}

}
