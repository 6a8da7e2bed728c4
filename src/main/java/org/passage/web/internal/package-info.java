/** Controllers and configuration of the web shell: dashboard, locale resolution, error pages. */
@NullMarked
package org.passage.web.internal;

import org.jspecify.annotations.NullMarked;
