package io.qualgraph.api;

import java.io.IOException;
import java.util.List;

import io.qualgraph.support.Neo4jSettings;
import io.qualgraph.support.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code /api/**} call carries {@code X-API-Key}; the key's role decides what it may do. The
 * path rules here are the single statement of who may call what.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String HEADER = "X-API-Key";

    @Bean
    ApiKeys apiKeys(@Value("${qualgraph.security.api-keys:}") String pairs, Neo4jSettings settings) {
        return ApiKeys.configure(pairs, settings.dataDir());
    }

    /** No user accounts exist: only API keys authenticate. Stops Boot from generating a default user. */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException("Qualgraph has no user accounts; use an API key");
        };
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, JsonMapper json) throws Exception {
        String sales = Role.SALES.name();
        String compliance = Role.COMPLIANCE.name();
        String admin = Role.ADMIN.name();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/ingest/**", "/api/admin/**").hasRole(admin)
                        .requestMatchers(HttpMethod.POST, "/api/scoring-models/**", "/api/model/**", "/api/predictive-models",
                                "/api/predictive-models/**").hasRole(admin)
                        .requestMatchers("/api/reviews/**").hasAnyRole(compliance, admin)
                        .requestMatchers(HttpMethod.POST, "/api/leads", "/api/leads/**").hasAnyRole(sales, admin)
                        .requestMatchers("/api/**").hasAnyRole(sales, compliance, admin)
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> writeProblem(response, json,
                                HttpStatus.UNAUTHORIZED, "Missing or unknown API key",
                                "Send a valid key in the " + HEADER + " header", List.of()))
                        .accessDeniedHandler((request, response, ex) -> writeProblem(response, json,
                                HttpStatus.FORBIDDEN, "Role not allowed",
                                "This key's role may not call " + request.getMethod() + " " + request.getRequestURI(),
                                List.of())));
        return http.build();
    }

    /** A URL the firewall rejects (a {@code ..} segment, an encoded slash, dot or percent) is a 400 naming the rule. */
    @Bean
    RequestRejectedHandler rejectedUrls(JsonMapper json) {
        return (request, response, rejected) -> writeProblem(response, json, HttpStatus.BAD_REQUEST, "Invalid input",
                "url: " + rejected.getMessage(), List.of(new Problem.FieldError("url", rejected.getMessage())));
    }

    private static void writeProblem(HttpServletResponse response, JsonMapper json, HttpStatus status,
            String title, String detail, List<Problem.FieldError> errors) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        json.writeValue(response.getOutputStream(), ProblemBodies.of(status.value(), title, detail, errors));
    }

    /** Authenticates a request whose key is known; an unknown key stays anonymous and gets 401 on /api. */
    static final class ApiKeyFilter extends OncePerRequestFilter {
        private final ApiKeys keys;

        ApiKeyFilter(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            keys.principalOf(request.getHeader(HEADER)).ifPresent(who -> SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who.name(),
                            null, List.of(new SimpleGrantedAuthority(who.role().authority())))));
            chain.doFilter(request, response);
        }
    }
}
