package io.qualgraph.api;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the key belongs to, so the page offers only what this role may do (any role). */
@RestController
class MeController {

    /** The caller's name and role. */
    record Me(String name, Role role) {
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return new Me(caller.name(), caller.role());
    }
}
