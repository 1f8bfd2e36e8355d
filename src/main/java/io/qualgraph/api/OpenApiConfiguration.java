package io.qualgraph.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the X-API-Key scheme, so Swagger UI can call the API. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI qualgraphOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Qualgraph API").version("v1")
                        .description("Account qualification on a knowledge graph: structure, KYC risk, scores. "
                                + "Every /api call carries X-API-Key (roles sales, compliance, admin). "
                                + "Reads take asOf (ISO date = end of that day UTC, or instant)."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(SecurityConfiguration.HEADER)))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
