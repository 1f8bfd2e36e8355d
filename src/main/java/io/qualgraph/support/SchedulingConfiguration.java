package io.qualgraph.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the refreshes of data derived at write time that only the passing of time makes stale (stored risk levels,
 * family windows). On in the service; off for command-line runs and with {@code qualgraph.refresh.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = {"qualgraph.refresh.enabled"}, havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
