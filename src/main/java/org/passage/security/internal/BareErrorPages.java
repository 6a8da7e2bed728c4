package org.passage.security.internal;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.passage.web.SecurityHeaders;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The errors Tomcat answers itself, before any filter runs (a malformed path such as {@code /%} or {@code /..;/}):
 * its own report page carried none of Passage's headers and named the server. Tomcat's error report is replaced by
 * a plain page that names nothing and carries the same headers as every other response.
 */
@Configuration(proxyBeanMethods = false)
class BareErrorPages {

    @Bean
    TomcatContextCustomizer headedErrorReport() {
        return context -> context.addLifecycleListener(event -> {
            // the host has put its error report valve in place by the time its context starts
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(HeadedErrorReport.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof HeadedErrorReport)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (java.util.Arrays.stream(host.getPipeline().getValves()).noneMatch(HeadedErrorReport.class::isInstance)) {
                    host.getPipeline().addValve(new HeadedErrorReport());
                }
            }
        });
    }

    /** Tomcat's error report with Passage's headers and a page that says only the status. */
    public static final class HeadedErrorReport extends ErrorReportValve {

        public HeadedErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            // the one list of headers every other response gets (SecurityHeaders), not a copy that could drift from it
            SecurityHeaders.write(request, response);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Passage – " + status
                            + "</title></head><body><h1>" + status + "</h1><p>The request could not be served. "
                            + "<a href=\"/\">Passage</a></p></body></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone; nothing more to say
            }
        }
    }
}
