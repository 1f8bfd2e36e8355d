/** The web page for sales, compliance and API users. */
package io.qualgraph.web;
