/** Legal entities, ownership, corporate families and effective (beneficial) ownership. */
package io.qualgraph.entity;
