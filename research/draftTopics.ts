// What the basic-situation paragraph of a reply says on each topic: which series, named how, with
// which parts. The first figure is the headline; figures with the same as-of date share a sentence.

export const TOPICS = ["social_org", "social_work", "community"] as const;
export type Topic = (typeof TOPICS)[number];

export interface FigureSpec {
  /** Catalogue key (schemas/catalogue.ts). */
  metric: string;
  /** How the sentence names it: 社会团体, 在岗社会工作者. */
  label: string;
  /** The clause with the figure in place of {n}, when "{label}{n}" will not do. */
  phrase?: string;
  /** Sub-counts given with it, from the same date. */
  parts?: FigureSpec[];
  /**
   * How the parts follow: "clause" → ，其中A、B (a headline's breakdown); "paren" → （其中A、B）;
   * "contains" → （含A） (a part counted inside another).
   */
  partsStyle?: "clause" | "paren" | "contains";
}

export interface TopicSpec {
  topic: Topic;
  /** Title of the draft: {region}社会组织基本情况. */
  title: string;
  figures: FigureSpec[];
}

export const TOPIC_SPECS: Record<Topic, TopicSpec> = {
  social_org: {
    topic: "social_org",
    title: "社会组织基本情况",
    figures: [
      {
        metric: "social_org.total",
        label: "社会组织",
        phrase: "登记的社会组织共{n}",
        partsStyle: "clause",
        parts: [
          {
            metric: "social_org.social_groups",
            label: "社会团体",
            partsStyle: "contains",
            parts: [{ metric: "social_org.industry_associations", label: "行业协会商会" }],
          },
          { metric: "social_org.private_non_enterprise", label: "民办非企业单位" },
          { metric: "social_org.foundations", label: "基金会" },
        ],
      },
      { metric: "social_org.rating_5a", label: "5A级社会组织" },
      { metric: "social_org.rating_4a", label: "4A级社会组织" },
      { metric: "social_org.rating_3a", label: "3A级社会组织" },
      { metric: "social_org.with_party_members", label: "有党员的社会组织", phrase: "有党员的社会组织{n}" },
      { metric: "social_org.party_orgs", label: "社会组织党组织" },
    ],
  },
  social_work: {
    topic: "social_work",
    title: "社会工作基本情况",
    figures: [
      {
        metric: "social_work.workers",
        label: "在岗社会工作者",
        partsStyle: "paren",
        parts: [{ metric: "social_work.project_workers", label: "项目社工" }],
      },
      { metric: "social_work.professionals", label: "社会工作专业人才" },
      { metric: "social_work.certified_workers", label: "持证社会工作者" },
      { metric: "social_work.volunteers", label: "志愿者（义工）" },
      { metric: "social_work.service_orgs", label: "社会工作服务机构" },
      { metric: "social_work.stations", label: "社工站（点）" },
      { metric: "social_work.purchased_projects", label: "政府购买社会工作服务项目" },
    ],
  },
  community: {
    topic: "community",
    title: "城乡社区基本情况",
    figures: [
      { metric: "community.streets", label: "街道" },
      { metric: "community.communities", label: "社区" },
      { metric: "community.party_service_centers", label: "党群服务中心" },
    ],
  },
};

/** Every metric a topic's paragraph may use, parts included. */
export function topicMetrics(spec: TopicSpec): string[] {
  const out: string[] = [];
  const walk = (figures: readonly FigureSpec[]) => {
    for (const f of figures) {
      out.push(f.metric);
      if (f.parts) walk(f.parts);
    }
  };
  walk(spec.figures);
  return out;
}
