import type {
  AccessRole,
  DistributionChannel,
  Posting,
  PostingState,
} from "./types";

export const companyName = "Nordhafen Logistik Group";
export const emailDomain = "nordhafen-logistik.eu";

export interface UserSeed {
  name: string;
  username: string;
  accessRole: AccessRole;
  jobTitle: string;
  deactivated?: boolean;
}

export const userSeeds: UserSeed[] = [
  {
    name: "Ingrid Sørensen",
    username: "ingrid",
    accessRole: "super admin",
    jobTitle: "Head of Talent Acquisition",
  },
  {
    name: "Tomás Álvarez",
    username: "tomas",
    accessRole: "admin",
    jobTitle: "Senior Recruiter",
  },
  {
    name: "Marta Kowalska",
    username: "marta",
    accessRole: "team member",
    jobTitle: "Recruiter, Warehouse Operations",
  },
  {
    name: "Luca Bianchi",
    username: "luca",
    accessRole: "team member",
    jobTitle: "Hiring Manager, Customer Service",
  },
  {
    name: "Yusuf Demir",
    username: "yusuf",
    accessRole: "interviewer",
    jobTitle: "Operations Lead, Rotterdam",
  },
  {
    name: "Pieter de Vries",
    username: "pieter",
    accessRole: "admin",
    jobTitle: "Former Talent Partner",
    deactivated: true,
  },
];

export interface StageSeed {
  builtInId?: string;
  text: string;
}

export const stageSeeds: StageSeed[] = [
  { builtInId: "lead-new", text: "New lead" },
  { builtInId: "lead-reached-out", text: "Reached out" },
  { builtInId: "lead-responded", text: "Responded" },
  { builtInId: "applicant-new", text: "New applicant" },
  { text: "Phone Screen" },
  { text: "Language Assessment" },
  { text: "On-site Interview" },
  { text: "Reference Check" },
  { builtInId: "offer", text: "Offer" },
  { text: "Hired" },
];

export const archiveReasonSeeds = [
  { text: "Hired", status: "hired" },
  { text: "Withdrew", status: "non-hired" },
  { text: "Underqualified", status: "non-hired" },
  { text: "Position filled", status: "non-hired" },
] as const;

type PostingSeed = Pick<
  Posting,
  | "text"
  | "state"
  | "team"
  | "department"
  | "location"
  | "commitment"
  | "country"
  | "workplaceType"
  | "tags"
> & { channels: DistributionChannel[]; weight: number };

function posting(
  text: string,
  state: PostingState,
  channels: DistributionChannel[],
  place: [string, string],
  team: [string, string],
  extra: Partial<PostingSeed> = {},
): PostingSeed {
  return {
    text,
    state,
    channels,
    location: place[0],
    country: place[1],
    team: team[0],
    department: team[1],
    commitment: "Full-time",
    workplaceType: "onsite",
    tags: [],
    weight: 1,
    ...extra,
  };
}

const hamburg: [string, string] = ["Hamburg", "DE"];
const rotterdam: [string, string] = ["Rotterdam", "NL"];
const lyon: [string, string] = ["Lyon", "FR"];
const barcelona: [string, string] = ["Barcelona", "ES"];
const milan: [string, string] = ["Milan", "IT"];
const gdansk: [string, string] = ["Gdańsk", "PL"];
const service: [string, string] = ["Customer Service", "Operations"];
const warehouse: [string, string] = ["Warehouse", "Operations"];
const freight: [string, string] = ["Freight Forwarding", "Operations"];

export const postingSeeds: PostingSeed[] = [
  posting(
    "Customer Service Agent (German & English)",
    "published",
    ["public", "internal"],
    hamburg,
    service,
    { tags: ["language:de", "language:en"], weight: 3 },
  ),
  posting(
    "Warehouse Shift Lead",
    "published",
    ["public"],
    rotterdam,
    warehouse,
    {
      weight: 2,
    },
  ),
  posting(
    "Freight Forwarding Coordinator (French)",
    "published",
    ["public"],
    lyon,
    freight,
    { tags: ["language:fr"], weight: 2, workplaceType: "hybrid" },
  ),
  posting(
    "Dispatcher (Spanish & English)",
    "published",
    ["internal"],
    barcelona,
    freight,
    { tags: ["language:es"], weight: 2 },
  ),
  posting(
    "Key Account Manager (Italian)",
    "internal",
    ["public"],
    milan,
    ["Sales", "Commercial"],
    { tags: ["language:it"], workplaceType: "hybrid" },
  ),
  posting(
    "Data Engineer",
    "published",
    ["public"],
    hamburg,
    ["Engineering", "Technology"],
    { workplaceType: "remote" },
  ),
  posting(
    "Seasonal Warehouse Associate",
    "closed",
    ["public"],
    gdansk,
    warehouse,
    { commitment: "Seasonal", tags: ["language:pl"] },
  ),
  posting("Finance Analyst", "draft", [], hamburg, ["Finance", "Finance"], {
    weight: 0,
  }),
  posting(
    "Customs Compliance Specialist",
    "pending",
    [],
    rotterdam,
    ["Compliance", "Legal"],
    { weight: 0 },
  ),
  posting(
    "Logistics Trainee Programme",
    "published",
    ["public", "internal"],
    gdansk,
    warehouse,
    { commitment: "Internship", weight: 1 },
  ),
];

export const firstNames = [
  "Anna",
  "Jonas",
  "Léa",
  "Mathéo",
  "Lucía",
  "Javier",
  "Giulia",
  "Matteo",
  "Zofia",
  "Jakub",
  "Sanne",
  "Daan",
  "Elif",
  "Emre",
  "Sofía",
  "Chloé",
  "Björn",
  "Freja",
  "Ana",
  "João",
  "Eleni",
  "Nikos",
  "Aoife",
  "Ciarán",
  "Małgorzata",
  "Kateřina",
  "Ödön",
  "Fatima",
  "Karim",
  "Nora",
];

export const lastNames = [
  "Müller",
  "Schmidt",
  "Dubois",
  "Lefèvre",
  "García",
  "Fernández",
  "Rossi",
  "Esposito",
  "Nowak",
  "Wiśniewski",
  "de Jong",
  "Jansen",
  "Yılmaz",
  "Kaya",
  "Martínez",
  "Moreau",
  "Lindqvist",
  "Nielsen",
  "Silva",
  "Gonçalves",
  "Papadopoulos",
  "Georgiou",
  "Ó Súilleabháin",
  "Byrne",
  "Dvořák",
  "Horváth",
  "Benali",
  "El Amrani",
  "Weiß",
  "Østergaard",
];

export const headlines = [
  "Customer support specialist",
  "Logistics coordinator",
  "Warehouse team lead",
  "Freight forwarding agent",
  "Recent graduate, supply chain",
  "Dispatcher with 5 years of experience",
  "Account manager, B2B logistics",
  "Data engineer, streaming pipelines",
];

export const sourceNames = [
  "LinkedIn",
  "Company website",
  "Indeed",
  "StepStone",
  "Employee referral",
  "Job fair Hamburg",
];

export const candidateTags = [
  "Speaks German",
  "Night shifts OK",
  "Relocation",
  "Forklift licence",
  "Returning candidate",
];
