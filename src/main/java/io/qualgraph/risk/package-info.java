/** KYC risk: direct flags, sanctions by ownership, PEP owners, jurisdictions, and the compliance review trail. */
package io.qualgraph.risk;
