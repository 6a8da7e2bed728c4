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

    /**
     * Tomcat's error report with Passage's headers and a page that says only the status; under {@code /api/} a problem
     * JSON that says only the status and why, as the API's other refusals are (a yente client reads problem JSON, and got
     * Tomcat's HTML for more than 1,000 parameters, a malformed %-escape or a header too large).
     */
    public static final class HeadedErrorReport extends ErrorReportValve {

        public HeadedErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        /** The container's refusals an API client may meet, said in the API's words; any other status by its name. */
        static String problem(int status) {
            String title = switch (status) {
                case 400 -> "Bad Request";
                case 404 -> "Not Found";
                case 408 -> "Request Timeout";
                case 413 -> "Content Too Large";
                case 414 -> "URI Too Long";
                case 431 -> "Request Header Fields Too Large";
                case 500 -> "Internal Server Error";
                case 503 -> "Service Unavailable";
                default -> status < 500 ? "Client Error" : "Server Error";
            };
            String detail = switch (status) {
                case 400 -> "The server could not read the request: too many parameters (at most 1,000), a malformed %-escape "
                        + "or path, or headers too large.";
                case 413 -> "The request is too large.";
                case 414, 431 -> "The request's address or headers are too large.";
                default -> "The request could not be served.";
            };
            return "{\"type\":\"about:blank\",\"title\":" + ProblemJson.quote(title) + ",\"status\":" + status + ",\"detail\":"
                    + ProblemJson.quote(detail) + "}";
        }

        /** Whether the request was for the API (the path as sent: Tomcat may have refused to decode it). */
        static boolean api(Request request) {
            String uri = request.getRequestURI();
            return uri != null && (uri.startsWith("/api/") || uri.equals("/api"));
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
                boolean api = api(request);
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? problem(status) : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Passage – " + status
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
