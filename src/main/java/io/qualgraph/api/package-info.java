/** The REST surface: controllers, API-key security and the one place where failures become problem details. */
package io.qualgraph.api;
