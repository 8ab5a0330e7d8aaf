import { redirect } from "next/navigation";

export default function DevelopmentPage() {
  redirect("/development/integration-partners");
}
