package io.qualgraph.support;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the service has finished starting: every start-up runner, the seed load included, has run. Scheduled
 * maintenance waits for it, so that nothing is computed from (or stored about) a store that is still being filled —
 * a daily score snapshot taken half-way through the seed load would stand in the history all day.
 */
@Component
public class StartupGate {

    private volatile boolean open;

    @EventListener(ApplicationReadyEvent.class)
    void open() {
        open = true;
    }

    /** True once the application is ready. */
    public boolean isOpen() {
        return open;
    }
}
