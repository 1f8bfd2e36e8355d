/** Contacts, leads, opportunities and the buying committees that tie them to an account. */
package io.qualgraph.contact;
