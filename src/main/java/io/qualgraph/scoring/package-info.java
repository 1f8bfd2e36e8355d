/** Pure scoring arithmetic: the versioned scoring model, contact and account scores and their reasons. */
package io.qualgraph.scoring;
