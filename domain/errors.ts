/**
 * Errors a user can cause and fix: the bot renders each code as a polite message in the user's
 * language, with the listed choices. Anything else is a bug and gets a generic apology.
 */
export type DomainErrorCode =
  | "unknown_series"
  | "invalid_period"
  | "no_data_for_period"
  | "unknown_policy_filter"
  | "invalid_year"
  | "unknown_localization_argument"
  | "invalid_share"
  | "whatif_no_rules"
  | "whatif_unknown_key"
  | "whatif_unknown_value"
  | "whatif_bad_pair"
  | "whatif_shares_over_100"
  | "scenario_name_invalid"
  | "scenario_name_taken"
  | "scenario_not_found"
  | "invalid_time"
  | "invalid_time_zone"
  | "invalid_keywords"
  | "not_subscribed"
  | "admins_only"
  | "unknown_setting"
  | "article_too_short"
  | "article_too_long"
  | "fact_not_found"
  | "fact_not_approvable"
  | "article_date_invalid"
  | "invalid_user_id"
  | "fact_edit_invalid"
  | "feed_invalid_url"
  | "feed_bad_scheme"
  | "feed_private_address"
  | "feed_unresolvable"
  | "feed_timeout"
  | "feed_too_large"
  | "feed_too_many_redirects"
  | "feed_http_status"
  | "feed_network"
  | "feed_not_a_feed"
  | "feed_malformed"
  | "feed_exists"
  | "feed_not_found"
  | "feed_unknown_kind"
  | "alert_invalid"
  | "alert_not_found"
  | "alert_limit"
  | "quiet_hours_invalid";

/** A name as users see it, in each language (never a code or key). */
export interface UserName {
  en: string;
  ru: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** Values for the message: what the user typed and what exists (by name, never by key). */
    readonly details: Record<string, string | number | (string | UserName)[]> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}
